module panicscope.test/exectrace

go 1.19
