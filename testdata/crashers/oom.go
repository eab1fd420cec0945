package main

import "fmt"

type Frame struct {
	pixels []byte
}

// outOfMemory keeps every 64 MB frame alive; run it under an address-space
// limit (prlimit --as) so the runtime, not the kernel, fails first.
func outOfMemory() {
	var frames []*Frame
	for i := 0; ; i++ {
		f := &Frame{pixels: make([]byte, 64<<20)} // CRASH out-of-memory
		f.pixels[0] = byte(i)
		frames = append(frames, f)
		if i%8 == 0 {
			fmt.Printf("buffered %d frames\n", len(frames))
		}
	}
}

type Chunk struct {
	data []byte
}

// outOfMemoryData keeps 8 MB chunks alive; run it under a data-segment limit
// (prlimit --data), so that mapping more heap fails with ENOMEM.
func outOfMemoryData() {
	var chunks []*Chunk
	for i := 0; ; i++ {
		c := &Chunk{data: make([]byte, 8<<20)} // CRASH out-of-memory-data
		for j := 0; j < len(c.data); j += 4096 {
			c.data[j] = byte(i)
		}
		chunks = append(chunks, c)
		if i%32 == 0 {
			fmt.Printf("cached %d chunks\n", len(chunks))
		}
	}
}

func init() {
	register("out-of-memory", outOfMemory)
	register("out-of-memory-data", outOfMemoryData)
}
