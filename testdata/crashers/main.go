// Command crashers crashes on demand, in each of the ways panicscope knows.
//
//	crashers <case>     run one case
//	crashers list       print the case names this build has
//
// Lines where a case crashes carry a `// CRASH <case>` comment (and
// `// ORIGIN <case>` where the first panic of a chain was raised elsewhere);
// testdata/gen.sh reads these markers to write the expectations.
package main

import (
	"fmt"
	"os"
	"sort"
)

var cases = map[string]func(){}

func register(name string, fn func()) {
	if _, dup := cases[name]; dup {
		panic("duplicate case " + name)
	}
	cases[name] = fn
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: crashers <case>|list")
		os.Exit(64)
	}
	if os.Args[1] == "list" {
		names := make([]string, 0, len(cases))
		for name := range cases {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			fmt.Println(name)
		}
		return
	}
	run, ok := cases[os.Args[1]]
	if !ok {
		fmt.Fprintf(os.Stderr, "crashers: unknown case %q\n", os.Args[1])
		os.Exit(64)
	}
	run()
}
