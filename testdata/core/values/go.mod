module example.com/corevalues

go 1.19
