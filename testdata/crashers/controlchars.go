package main

// A panic value holding terminal control codes (a colored log line, a
// carriage return, a bell): the runtime prints a string value raw, so a
// crash log carries them as they are (go1.26 runtime/error.go printindented).

func init() {
	register("panic-control-chars", panicControlChars)
}

func panicControlChars() {
	panic("job failed: \x1b[31mERROR\x1b[0m disk full\r\aretrying") // CRASH panic-control-chars
}
