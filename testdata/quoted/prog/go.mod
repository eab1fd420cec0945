module quoted

go 1.21
