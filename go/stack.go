package panicscope

import (
	"reflect"
	"runtime"
	"strings"
)

// selfPackage is this package's import path, read from one of its functions so
// that it stays right if the module moves.
var selfPackage = func() string {
	name := runtime.FuncForPC(reflect.ValueOf(panicValue).Pointer()).Name()
	slash := strings.LastIndex(name, "/")
	dot := strings.Index(name[slash+1:], ".")
	return name[:slash+1+dot]
}()

// stripStack removes the reporter's own frames (runtime/debug.Stack and this
// package) from a debug.Stack text, keeping the goroutine header, every other
// frame with its file line, and the "created by" lines as they are.
func stripStack(stack string) string {
	lines := strings.Split(strings.TrimRight(stack, "\n"), "\n")
	var out strings.Builder
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		isFrame := i > 0 && !strings.HasPrefix(line, "\t") && !strings.HasPrefix(line, "created by ") &&
			i+1 < len(lines) && strings.HasPrefix(lines[i+1], "\t")
		if isFrame && ownFrame(frameFunction(line)) {
			i++ // and its file line
			continue
		}
		out.WriteString(line)
		out.WriteByte('\n')
	}
	return out.String()
}

// frameFunction is the function of a frame line: "pkg.(*T).M(0x1, ...)" → "pkg.(*T).M".
func frameFunction(line string) string {
	if strings.HasSuffix(line, ")") {
		if i := strings.LastIndex(line, "("); i > 0 {
			return line[:i]
		}
	}
	return line
}

func ownFrame(fn string) bool {
	return fn == "runtime/debug.Stack" || strings.HasPrefix(fn, selfPackage+".")
}
