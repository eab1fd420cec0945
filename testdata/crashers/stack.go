package main

import "fmt"

type Node struct {
	Name     string
	Children []*Node
}

// Depth has no cycle check: a node that contains itself recurses forever.
func (n *Node) Depth() int { // CRASH stack-overflow
	max := 0
	for _, c := range n.Children {
		if d := c.Depth(); d > max {
			max = d
		}
	}
	return max + 1
}

func init() {
	register("stack-overflow", stackOverflow)
}

func stackOverflow() {
	root := &Node{Name: "root"}
	child := &Node{Name: "child"}
	root.Children = append(root.Children, child)
	child.Children = append(child.Children, root)
	fmt.Println(root.Depth())
}
