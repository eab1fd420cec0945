// A type assertion on a pointer to a pointer: the runtime prints `**int`, which is no markdown bold.
package main

func main() {
	var x interface{} = new(*int)
	_ = x.(string)
}
