module example.com/pkgerrors

go 1.26.8

require github.com/pkg/errors v0.9.1 // indirect
