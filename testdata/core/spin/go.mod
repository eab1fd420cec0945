module example.com/corespin

go 1.19
