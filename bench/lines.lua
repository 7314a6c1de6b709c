-- wrk script: requests the paths of a file, one per line, each once. Thread i of n takes lines i, i+n,
-- i+2n, ..., so no two requests of a run are alike. Should a run reach the end of its file, it starts
-- over, and the summary says how many requests were repeats. Every request says Cache-Control: no-cache,
-- so the server renders it afresh even when it has the response (items repeat from run to run).
--   wrk -t2 ... -s bench/lines.lua URL -- FILE
local threads = {}

function setup(thread)
	thread:set("id", #threads)
	table.insert(threads, thread)
end

function init(args)
	paths = {}
	for line in io.lines(args[1]) do
		paths[#paths + 1] = line
	end
	step = tonumber(args[2]) or 1
	index = id + 1
	repeats = 0
	wrk.headers["Accept"] = "application/json"
	wrk.headers["Cache-Control"] = "no-cache"
end

function request()
	if index > #paths then
		index = id + 1
		repeats = repeats + 1
	end
	local path = paths[index]
	index = index + step
	return wrk.format("GET", path)
end

function done(summary, latency, requests)
	local wrapped = 0
	for _, thread in ipairs(threads) do
		wrapped = wrapped + thread:get("repeats")
	end
	io.write(string.format("File wrapped: %d\n", wrapped))
end
