// Package dep is a replaced dependency, so that the build info has a dep line and a => line.
package dep

// Double is small enough to be inlined into its callers.
func Double(x int) int { return x * 2 }
