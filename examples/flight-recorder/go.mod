module panicscope.example/flight-recorder

go 1.25
