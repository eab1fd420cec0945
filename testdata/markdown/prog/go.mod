module example.com/pointertopointer

go 1.23
