module github.com/panicscope/panicscope/go

go 1.23
