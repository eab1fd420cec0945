// goffsets prints, as JSON, the byte offsets of the runtime structure fields that the core
// reader uses, read from a Go binary's own DWARF: the ground truth for src/core/layout.ts.
//
//	go run . BINARY
package main

import (
	"debug/dwarf"
	"debug/elf"
	"encoding/json"
	"fmt"
	"os"
)

var want = map[string][]string{
	"runtime.g":      {"stack", "_panic", "m", "sched", "syscallsp", "syscallpc", "atomicstatus", "goid", "waitsince", "waitreason", "lockedm", "sig", "sigcode0", "sigcode1", "sigpc", "parentGoid", "gopc", "startpc", "labels"},
	"runtime.gobuf":  {"sp", "pc", "lr", "bp"},
	"runtime.m":      {"g0", "procid", "curg", "gsignal"},
	"runtime._panic": {"arg", "link", "recovered", "goexit", "repanicked"},
	"runtime.schedt": {"goidgen", "lastpoll", "pollUntil", "maxmcount", "mnext"},
}

func main() {
	f, err := elf.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	d, err := f.DWARF()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out := map[string]map[string]int64{}
	r := d.Reader()
	for {
		e, err := r.Next()
		if err != nil || e == nil {
			break
		}
		if e.Tag != dwarf.TagStructType {
			continue
		}
		name, _ := e.Val(dwarf.AttrName).(string)
		fields, ok := want[name]
		if !ok || out[name] != nil {
			continue
		}
		t, err := d.Type(e.Offset)
		if err != nil {
			continue
		}
		st := t.(*dwarf.StructType)
		m := map[string]int64{"size": st.ByteSize}
		for _, f := range st.Field {
			for _, w := range fields {
				if f.Name == w {
					m[w] = f.ByteOffset
				}
			}
		}
		out[name] = m
	}
	b, _ := json.Marshal(out)
	fmt.Println(string(b))
}
