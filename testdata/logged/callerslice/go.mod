module example.com/callerslice

go 1.26
