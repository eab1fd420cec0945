// Package yaml stands for a dependency whose last path element has a dot (gopkg.in/yaml.v2):
// the linker prints its package as example.com/dep/yaml%2ev2. Vendored by gen.sh.
package yaml

// Decode calls back into the program, so that the stack shows the dependency's frame.
func Decode(f func()) { f() }
