module example.com/negronirecovery

go 1.26.8

require github.com/urfave/negroni v1.0.0 // indirect
