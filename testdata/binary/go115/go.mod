module example.com/go115

go 1.15
