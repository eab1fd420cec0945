module example.com/bracketed

go 1.26.8
