module example.com/corewaiting

go 1.19
