package panicscope

import (
	"fmt"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"unsafe"
)

// panicValue prints a panic value as the runtime's "panic: " line does, so that a
// recovered panic reads (and groups) like the same panic left unrecovered:
// errors and Stringers by their text (runtime/panic.go preprintpanics), basic
// kinds by value, named basic types as T(v), anything else as "(T) address"
// (runtime/error.go printpanicval and printanycustomtype, Go 1.23 to 1.26).
func panicValue(v any) (s string) {
	defer func() {
		if r := recover(); r != nil { // an Error or String method that panics
			s = fmt.Sprintf("(%T) [panic while printing panic value]", v)
		}
	}()
	switch v := v.(type) {
	case error:
		return indent(v.Error())
	case fmt.Stringer:
		return indent(v.String())
	case nil:
		return "nil"
	case string:
		return indent(v)
	case bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr:
		return fmt.Sprint(v)
	case float32:
		return runtimeFloat(float64(v), 32)
	case float64:
		return runtimeFloat(v, 64)
	case complex64:
		return runtimeComplex(complex128(v), 64)
	case complex128:
		return runtimeComplex(v, 128)
	}
	rv := reflect.ValueOf(v)
	name := rv.Type().String()
	switch rv.Kind() {
	case reflect.String:
		return name + `("` + indent(rv.String()) + `")`
	case reflect.Bool:
		return name + "(" + strconv.FormatBool(rv.Bool()) + ")"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return name + "(" + strconv.FormatInt(rv.Int(), 10) + ")"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return name + "(" + strconv.FormatUint(rv.Uint(), 10) + ")"
	case reflect.Float32:
		return name + "(" + runtimeFloat(rv.Float(), 32) + ")"
	case reflect.Float64:
		return name + "(" + runtimeFloat(rv.Float(), 64) + ")"
	case reflect.Complex64:
		return name + runtimeComplex(rv.Complex(), 64)
	case reflect.Complex128:
		return name + runtimeComplex(rv.Complex(), 128)
	}
	// The runtime prints the interface's data word: the value's address, or the
	// pointer itself for pointer-shaped types.
	data := (*[2]unsafe.Pointer)(unsafe.Pointer(&v))[1]
	return "(" + name + ") " + fmt.Sprintf("%p", data)
}

// indent is the runtime's printindented: each newline is followed by a tab.
func indent(s string) string { return strings.ReplaceAll(s, "\n", "\n\t") }

// floatG reports whether the runtime prints floats in strconv's 'g' form
// (Go 1.26 runtime/print.go) rather than the older +d.dddddde+ddd form.
var floatG = func() bool {
	v := runtime.Version()
	if !strings.HasPrefix(v, "go1.") {
		return true // a development build: the newest form
	}
	minor, _ := strconv.Atoi(strings.FieldsFunc(v[4:], func(r rune) bool { return r < '0' || r > '9' })[0])
	return minor >= 26
}()

func runtimeFloat(v float64, bits int) string {
	if floatG {
		return strconv.FormatFloat(v, 'g', -1, bits)
	}
	return oldRuntimeFloat(v)
}

func runtimeComplex(c complex128, bits int) string {
	if floatG {
		return strconv.FormatComplex(c, 'g', -1, bits)
	}
	return "(" + oldRuntimeFloat(real(c)) + oldRuntimeFloat(imag(c)) + "i)"
}

// oldRuntimeFloat is printfloat of runtime/print.go before Go 1.26.
func oldRuntimeFloat(v float64) string {
	switch {
	case v != v:
		return "NaN"
	case v+v == v && v > 0:
		return "+Inf"
	case v+v == v && v < 0:
		return "-Inf"
	}
	const n = 7
	var buf [n + 7]byte
	buf[0] = '+'
	e := 0
	if v == 0 {
		if 1/v < 0 {
			buf[0] = '-'
		}
	} else {
		if v < 0 {
			v = -v
			buf[0] = '-'
		}
		for v >= 10 {
			e++
			v /= 10
		}
		for v < 1 {
			e--
			v *= 10
		}
		h := 5.0
		for i := 0; i < n; i++ {
			h /= 10
		}
		v += h
		if v >= 10 {
			e++
			v /= 10
		}
	}
	for i := 0; i < n; i++ {
		s := int(v)
		buf[i+2] = byte(s + '0')
		v -= float64(s)
		v *= 10
	}
	buf[1] = buf[2]
	buf[2] = '.'
	buf[n+2] = 'e'
	buf[n+3] = '+'
	if e < 0 {
		e = -e
		buf[n+3] = '-'
	}
	buf[n+4] = byte(e/100 + '0')
	buf[n+5] = byte(e/10)%10 + '0'
	buf[n+6] = byte(e%10) + '0'
	return string(buf[:])
}
