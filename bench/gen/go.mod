module panicscope.bench/gen

go 1.22
