// Command varint prints Go's own varint encodings, one value a line, for panicscope's decoder test:
//
//	u <value> <hex of binary.AppendUvarint(value)>   (pc deltas, build info string lengths)
//	s <value> <hex of binary.AppendVarint(value)>    (pc-value deltas: the compiler writes them
//	                                                  with PutVarint, cmd/internal/obj/pcln.go)
//
// Regenerate: cd testdata/bytes/varint && go run main.go > varints.out
package main

import (
	"encoding/binary"
	"fmt"
	"math"
)

func main() {
	for _, v := range []uint64{0, 1, 127, 128, 255, 300, 16383, 16384, 2097151, 2097152,
		math.MaxUint32, math.MaxUint32 + 1, 1 << 52, 1<<53 - 1} {
		fmt.Printf("u %d %x\n", v, binary.AppendUvarint(nil, v))
	}
	for _, v := range []int64{0, -1, 1, -2, 2, 63, -64, 64, -65, 1000, -1000,
		math.MaxInt32, math.MinInt32} {
		fmt.Printf("s %d %x\n", v, binary.AppendVarint(nil, v))
	}
}
