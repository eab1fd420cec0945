module example.com/log15stack

go 1.26.8

require (
	github.com/go-stack/stack v1.8.1
	github.com/inconshreveable/log15 v2.16.0+incompatible
)

require (
	github.com/mattn/go-colorable v0.1.16 // indirect
	github.com/mattn/go-isatty v0.0.20 // indirect
	golang.org/x/sys v0.50.0 // indirect
	golang.org/x/term v0.48.0 // indirect
)
