module example.com/corecfault

go 1.19
