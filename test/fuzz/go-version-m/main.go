// Command go-version-m is the fuzzer's oracle for build info: for each file named on its
// standard input (one per line) it prints one JSON line saying whether Go's debug/buildinfo
// reads it and, if so, exactly what `go version -m FILE` prints (cmd/go/internal/version
// scanFile, go1.26). One process answers for a whole batch of damaged files.
package main

import (
	"bufio"
	"debug/buildinfo"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type answer struct {
	File string `json:"file"`
	OK   bool   `json:"ok"`
	Out  string `json:"out,omitempty"`
	Err  string `json:"err,omitempty"`
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := json.NewEncoder(os.Stdout)
	for in.Scan() {
		file := in.Text()
		a := answer{File: file}
		bi, err := buildinfo.ReadFile(file)
		if err != nil {
			a.Err = err.Error()
		} else {
			a.OK = true
			var b strings.Builder
			fmt.Fprintf(&b, "%s: %s\n", file, bi.GoVersion)
			bi.GoVersion = ""
			if mod := bi.String(); len(mod) > 0 {
				fmt.Fprintf(&b, "\t%s\n", strings.ReplaceAll(mod[:len(mod)-1], "\n", "\n\t"))
			}
			a.Out = b.String()
		}
		if err := out.Encode(a); err != nil {
			panic(err)
		}
	}
}
