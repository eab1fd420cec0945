module panicscope.test/live

go 1.19
