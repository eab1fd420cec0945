module example.com/prog

go 1.19

require example.com/dep v1.2.3

replace example.com/dep => ./dep
