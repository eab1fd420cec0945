module example.com/names

go 1.19

require example.com/dep/yaml.v2 v0.0.0

replace example.com/dep/yaml.v2 => ./dep/yaml.v2
