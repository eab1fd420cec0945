module example.com/gccgocgo

go 1.18
