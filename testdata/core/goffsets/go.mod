module example.com/goffsets

go 1.19
