module example.com/panicvalue

go 1.22

// output-go1.22.txt: GOTOOLCHAIN=go1.22.12 go run . ; output-go1.26.txt: go 1.26.8 here and plain go run .
