module panicscope.test/gofuzzoracle

go 1.22
