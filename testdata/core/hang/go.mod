module example.com/corehang

go 1.19
