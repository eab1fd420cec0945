package panicscope

import (
	"path"
	"reflect"
	"runtime"
	"strings"
)

// selfPackage is this package's import path, read from one of its functions so
// that it stays right if the module moves.
var selfPackage, selfDir = func() (string, string) {
	fn := runtime.FuncForPC(reflect.ValueOf(panicValue).Pointer())
	name := fn.Name()
	slash := strings.LastIndex(name, "/")
	dot := strings.Index(name[slash+1:], ".")
	file, _ := fn.FileLine(fn.Entry())
	return name[:slash+1+dot], path.Dir(file)
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
		if isFrame && (ownFrame(frameFunction(line)) || ownFile(lines[i+1])) {
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

// ownFile reports whether a frame's file line ("\t/src/go/recover.go:86 +0x2f4")
// names a file of this package: a closure of ours inlined into the program
// carries the program's function name (main.handler.Handler.func2.1).
func ownFile(fileLine string) bool {
	file := strings.TrimPrefix(fileLine, "\t")
	if i := strings.LastIndex(file, ":"); i > 0 {
		file = file[:i]
	}
	return path.Dir(file) == selfDir && !strings.HasSuffix(file, "_test.go")
}

func ownFrame(fn string) bool {
	return fn == "runtime/debug.Stack" || strings.HasPrefix(fn, selfPackage+".")
}
