module example.com/printstack

go 1.26.8
