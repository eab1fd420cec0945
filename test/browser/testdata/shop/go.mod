module example.com/shop

go 1.23

require github.com/panicscope/panicscope/go v0.0.0

replace github.com/panicscope/panicscope/go => ../../../../go
