module example.com/healthystack

go 1.26.8
