module example.com/corewaitcopy

go 1.19
