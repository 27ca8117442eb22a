/**
 * The Lua scripts of the Redis corpus store. Each runs atomically on the
 * server, so a worker that dies between two calls leaves no half-made group:
 * a read changes nothing, and a commit writes an article, its group and its
 * story in one script or not at all.
 *
 * Keys, under a prefix `P` (with a `{hash tag}` so a cluster keeps them in one slot):
 * - `P:v` version, incremented when a group or story is made; `P:newest` newest bucket, `P:newestTime` newest time;
 * - `P:fp:<hash>` list of `<group>\u001f<sentence>` postings; `P:ft:<hash>` list of groups (story features);
 * - `P:g:<group>` hash: story, members, fps, last, offsets, parents, fh, fw, norm;
 * - `P:s:<story>` hash: articles, groups, first, last, title, sole, c (centroid `hash:weight,...`), norm, gl (groups,
 *   separated by `\u001f`: ids hold no control character);
 * - `P:a:<article>` hash: group, time; `P:articles`, `P:groups`, `P:stories` sorted sets by time;
 * - `P:bk:<bucket>` set of posting keys written in a bucket (cleaned when it leaves the window), `P:bks` the buckets
 *   that have one (a sorted set); `P:nfp` postings held; `P:conf` the window settings the index was made with.
 *
 * @internal
 * @packageDocumentation
 */

/** Shared Lua helpers: splitting, group liveness, dropping an article. */
const HELPERS = `
local P = ARGV[1]
local function split(s, sep)
  local out = {}
  if s == nil or s == false or s == '' then return out end
  for piece in string.gmatch(s, '([^' .. sep .. ']+)') do out[#out + 1] = piece end
  return out
end
local function alive(g)
  local m = redis.call('HGET', P .. ':g:' .. g, 'members')
  return m and tonumber(m) > 0
end
-- Takes a group that leaves its story out of the story's centroid, as the in-memory index does: each of its
-- features' weight subtracted, entries at or below 1e-9 dropped, the others kept in order; a story whose sole
-- group it was has none.
local function take_from_centroid(skey, g, gkey)
  local f = redis.call('HMGET', gkey, 'fh', 'fw')
  if not f[1] or f[1] == '' then return end
  local c = redis.call('HGET', skey, 'c')
  if not c or c == '' then
    if redis.call('HGET', skey, 'sole') == g then redis.call('HSET', skey, 'sole', '', 'norm', 0) end
    return
  end
  local sums, keys = {}, {}
  for _, e in ipairs(split(c, ',')) do
    local h, w = string.match(e, '^([^:]+):(.+)$')
    keys[#keys + 1] = h
    sums[h] = tonumber(w)
  end
  local hs, ws = split(f[1], ','), split(f[2], ',')
  for i = 1, #hs do
    if sums[hs[i]] ~= nil then sums[hs[i]] = sums[hs[i]] - tonumber(ws[i]) end
  end
  local parts, squares = {}, 0
  for _, h in ipairs(keys) do
    local v = sums[h]
    if v > 1e-9 then
      parts[#parts + 1] = h .. ':' .. string.format('%.17g', v)
      squares = squares + v * v
    end
  end
  redis.call('HSET', skey, 'c', table.concat(parts, ','), 'norm', string.format('%.17g', math.sqrt(squares)))
end
local function drop_article(id)
  local akey = P .. ':a:' .. id
  local g = redis.call('HGET', akey, 'group')
  if not g then return 0 end
  redis.call('DEL', akey)
  redis.call('ZREM', P .. ':articles', id)
  local gkey = P .. ':g:' .. g
  local members = redis.call('HINCRBY', gkey, 'members', -1)
  local s = redis.call('HGET', gkey, 'story')
  local skey = P .. ':s:' .. s
  local articles = redis.call('HINCRBY', skey, 'articles', -1)
  if members <= 0 then
    redis.call('HINCRBY', skey, 'groups', -1)
    if articles > 0 then take_from_centroid(skey, g, gkey) end
    redis.call('ZREM', P .. ':groups', g)
    redis.call('DEL', gkey)
  end
  if articles <= 0 then
    redis.call('DEL', skey)
    redis.call('ZREM', P .. ':stories', s)
  end
  return 1
end
-- Removes the postings of groups no longer held from the keys written in a bucket; keys still
-- holding postings of live groups are tracked in bucket 'into' from now on.
local function clean_bucket(b, into)
  local bkey = P .. ':bk:' .. b
  local keys = redis.call('SMEMBERS', bkey)
  for _, key in ipairs(keys) do
    local entries = redis.call('LRANGE', key, 0, -1)
    local keep = {}
    for _, e in ipairs(entries) do
      local g = string.match(e, '^([^\\31]+)')
      if alive(g) then keep[#keep + 1] = e end
    end
    if #keep < #entries then
      redis.call('DEL', key)
      if string.find(key, ':fp:', 1, true) then redis.call('INCRBY', P .. ':nfp', #keep - #entries) end
      -- In slices: unpack() of more than a few thousand values fails.
      for i = 1, #keep, 1000 do redis.call('RPUSH', key, unpack(keep, i, math.min(i + 999, #keep))) end
    end
    if #keep > 0 and into ~= nil then
      redis.call('SADD', P .. ':bk:' .. into, key)
      redis.call('ZADD', P .. ':bks', into, into)
    end
  end
  redis.call('DEL', bkey)
  redis.call('ZREM', P .. ':bks', b)
end
-- Cleans every bucket with postings that starts before bucket 'first' (however far the window jumped).
local function clean_before(first, into)
  for _, b in ipairs(redis.call('ZRANGEBYSCORE', P .. ':bks', '-inf', '(' .. first)) do clean_bucket(b, into) end
end
`;

/**
 * Read: ARGV = P, windowStart, boilerplate, featureLimit, minShared, prints, features (each a list of hashes
 * joined by `,`).
 * Returns { version, newest, prints: [[-1] | entries], features: [[-1] | groups], groups: [[id, story, members,
 * fps, offsets, parents, norm]] }. A print's list is `[-1]` when longer than boilerplate; a feature's list is
 * `[-1]` when longer than featureLimit, else the count of its groups that are held (in the window), then
 * those of them that are held in at least minShared of the lists, in list order (the groups in fewer lists
 * count for the stream rarity only: the story decision compares no group sharing fewer features). The groups hit by prints that are held come whole; of the groups reached only through
 * story features, those held in at least minShared of the features' lists come without their fingerprints,
 * offsets and parents (`0`, empty, empty): the story decision reads their story, members and norm, and of
 * the others only that they are held (in the lists).
 *
 * A group is held when its hash has members and its last article is in the window; for groups reached only
 * through story features that is read from `P:groups` (scored by that last time, holding exactly the groups
 * with members): one ZMSCORE for all of them (ZSCORE each on a server before Redis 6.2).
 */
export const READ = `${HELPERS}
local windowStart = tonumber(ARGV[2])
local boiler = tonumber(ARGV[3])
local flimit = tonumber(ARGV[4])
local minShared = tonumber(ARGV[5])
local prints = {}
local seen = {}
local order = {}
local i = 0
for h in string.gmatch(ARGV[6], '[^,]+') do
  i = i + 1
  -- One more entry than the limit says whether the list is longer.
  local entries = redis.call('LRANGE', P .. ':fp:' .. h, 0, boiler)
  if #entries > boiler then prints[i] = {'-1'}
  else
    prints[i] = entries
    for _, e in ipairs(entries) do
      local g = string.match(e, '^([^\\31]+)')
      if not seen[g] then seen[g] = true; order[#order + 1] = g end
    end
  end
end
local groups = {}
local live = {}
for _, g in ipairs(order) do
  local f = redis.call('HMGET', P .. ':g:' .. g, 'story', 'members', 'fps', 'last', 'offsets', 'parents', 'norm')
  if f[2] and tonumber(f[2]) > 0 and tonumber(f[4]) >= windowStart then
    groups[#groups + 1] = {g, f[1], f[2], f[3], f[5] or '', f[6] or '', f[7] or '0'}
    live[g] = true
  else
    live[g] = false
  end
end
local lists = {}
local unknown = {}
local m = 0
for h in string.gmatch(ARGV[7], '[^,]+') do
  m = m + 1
  local i = m
  local list = redis.call('LRANGE', P .. ':ft:' .. h, 0, flimit)
  if #list > flimit then lists[i] = false
  else
    lists[i] = list
    for _, g in ipairs(list) do
      if live[g] == nil then live[g] = 0; unknown[#unknown + 1] = g end
    end
  end
end
local gkey = P .. ':groups'
for from = 1, #unknown, 1000 do
  local to = math.min(#unknown, from + 999)
  local scores = redis.pcall('ZMSCORE', gkey, unpack(unknown, from, to))
  if type(scores) ~= 'table' or scores.err then
    scores = {}
    for i = from, to do scores[i - from + 1] = redis.call('ZSCORE', gkey, unknown[i]) end
  end
  for i = from, to do
    local score = scores[i - from + 1]
    live[unknown[i]] = (score and tonumber(score) >= windowStart) and true or false
  end
end
local features = {}
local count = {}
local counted = {}
for i = 1, m do
  local list = lists[i]
  if list == false then features[i] = {'-1'}
  else
    local held = {}
    for _, g in ipairs(list) do
      if live[g] then
        held[#held + 1] = g
        if count[g] == nil then count[g] = 0; counted[#counted + 1] = g end
        count[g] = count[g] + 1
      end
    end
    features[i] = held
  end
end
-- Each list as its count of held groups, then those of its held groups in minShared lists or more.
for i = 1, m do
  if lists[i] ~= false then
    local held = features[i]
    local kept = {tostring(#held)}
    for _, g in ipairs(held) do
      if count[g] >= minShared then kept[#kept + 1] = g end
    end
    features[i] = kept
  end
end
for _, g in ipairs(counted) do
  if count[g] >= minShared and not seen[g] then
    local f = redis.call('HMGET', P .. ':g:' .. g, 'story', 'members', 'norm')
    groups[#groups + 1] = {g, f[1], f[2], '0', '', '', f[3] or '0'}
  end
end
return {redis.call('GET', P .. ':v') or '0', redis.call('GET', P .. ':newest') or '', prints, features, groups,
  redis.call('GET', P .. ':newestTime') or ''}
`;

/** Stories: ARGV = P, ids... Returns [[id, sole, c, norm, soleFh, soleFw, soleNorm]]. */
export const STORIES = `${HELPERS}
local out = {}
for i = 2, #ARGV do
  local f = redis.call('HMGET', P .. ':s:' .. ARGV[i], 'sole', 'c', 'norm')
  local sfh, sfw, snorm = '', '', '0'
  if f[1] and f[1] ~= '' then
    local g = redis.call('HMGET', P .. ':g:' .. f[1], 'fh', 'fw', 'norm')
    sfh, sfw, snorm = g[1] or '', g[2] or '', g[3] or '0'
  end
  out[#out + 1] = {ARGV[i], f[1] or '', f[2] or '', f[3] or '0', sfh, sfw, snorm}
end
return out
`;

/**
 * Commit: ARGV = P, id, time, bucket, window, bucketMs, expectedVersion, join, story, title,
 * storyFeatures (max entries), group fields (fps, offsets, parents, fh, fw, norm), postings
 * (`hash\u001fsentence` joined by `,`), features (hashes joined by `,`).
 * Returns 'ok', 'dup' (id held), 'named' (a group or story held is named after a removed article of that id),
 * 'retry' (a group or story was made since the read, or the window or a removal dropped what was decided), 'old'.
 */
export const COMMIT = `${HELPERS}
local id, time, bucket, window, bucketMs = ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local expected, join, story, title, maxc = ARGV[7], ARGV[8], ARGV[9], ARGV[10], tonumber(ARGV[11])
local fps, offsets, parents, fh, fw, norm = ARGV[12], ARGV[13], ARGV[14], ARGV[15], ARGV[16], ARGV[17]
local postings, feats = ARGV[18], ARGV[19]
if redis.call('EXISTS', P .. ':a:' .. id) == 1 then return 'dup' end
if alive(id) or redis.call('EXISTS', P .. ':s:' .. id) == 1 then return 'named' end
-- The window first: whole buckets that fall out of it are dropped before the decision is checked, so a group or
-- story the decision names that this article's time drops is 'retry' (decided again), never written half.
local newest = tonumber(redis.call('GET', P .. ':newest') or '-1e18')
if bucket > newest then
  redis.call('SET', P .. ':newest', bucket)
  local first = bucket - window + 1
  local old = redis.call('ZRANGEBYSCORE', P .. ':articles', '-inf', '(' .. (first * bucketMs))
  for _, a in ipairs(old) do drop_article(a) end
  clean_before(first, bucket)
  newest = bucket
end
if bucket < newest - window + 1 then return 'old' end
if time > tonumber(redis.call('GET', P .. ':newestTime') or '-1e18') then redis.call('SET', P .. ':newestTime', time) end
local version = redis.call('GET', P .. ':v') or '0'
if join ~= '' then
  if not alive(join) then return 'retry' end
  if story == '' then story = redis.call('HGET', P .. ':g:' .. join, 'story') end
elseif version ~= expected then
  return 'retry'
end
if story ~= '' and redis.call('EXISTS', P .. ':s:' .. story) == 0 then return 'retry' end
local group = join
if story == '' then
  story = id
  redis.call('HSET', P .. ':s:' .. story, 'articles', 0, 'groups', 0, 'first', time, 'last', time, 'title', title, 'sole', '', 'c', '', 'norm', 0, 'gl', '')
  redis.call('INCR', P .. ':v')
end
local skey = P .. ':s:' .. story
if group == '' then
  group = id
  local gkey = P .. ':g:' .. group
  redis.call('HSET', gkey, 'story', story, 'members', 0, 'fps', fps, 'last', time, 'offsets', offsets, 'parents', parents, 'fh', fh, 'fw', fw, 'norm', norm)
  redis.call('INCR', P .. ':v')
  local bkey = P .. ':bk:' .. bucket
  redis.call('ZADD', P .. ':bks', bucket, bucket)
  local pushed = 0
  for _, p in ipairs(split(postings, ',')) do
    local hash, sentence = string.match(p, '^([^\\31]+)\\31(.+)$')
    local key = P .. ':fp:' .. hash
    redis.call('RPUSH', key, group .. '\\31' .. sentence)
    redis.call('SADD', bkey, key)
    pushed = pushed + 1
  end
  redis.call('INCRBY', P .. ':nfp', pushed)
  for _, h in ipairs(split(feats, ',')) do
    local key = P .. ':ft:' .. h
    redis.call('RPUSH', key, group)
    redis.call('SADD', bkey, key)
  end
  redis.call('HINCRBY', skey, 'groups', 1)
  local gl = redis.call('HGET', skey, 'gl')
  redis.call('HSET', skey, 'gl', (gl == '' or not gl) and group or (gl .. '\\31' .. group))
  -- The story's centroid: the first group's features as they are; a summed map from the second on.
  if fh ~= '' then
    local sole = redis.call('HGET', skey, 'sole')
    local c = redis.call('HGET', skey, 'c')
    if (c == '' or not c) and (sole == '' or not sole) then
      redis.call('HSET', skey, 'sole', group, 'norm', norm)
    else
      local sums = {}
      local keys = {}
      local function add(h, w)
        if sums[h] == nil then keys[#keys + 1] = h; sums[h] = 0 end
        sums[h] = sums[h] + w
      end
      if c ~= '' and c then
        for _, e in ipairs(split(c, ',')) do
          local h, w = string.match(e, '^([^:]+):(.+)$')
          add(h, tonumber(w))
        end
      else
        local s = redis.call('HMGET', P .. ':g:' .. sole, 'fh', 'fw')
        local hs, ws = split(s[1], ','), split(s[2], ',')
        for i = 1, #hs do add(hs[i], tonumber(ws[i])) end
      end
      local hs, ws = split(fh, ','), split(fw, ',')
      for i = 1, #hs do add(hs[i], tonumber(ws[i])) end
      if #keys > 2 * maxc then
        table.sort(keys, function(a, b) if sums[a] ~= sums[b] then return sums[a] > sums[b] end return tonumber(a) < tonumber(b) end)
        for i = #keys, maxc + 1, -1 do sums[keys[i]] = nil; keys[i] = nil end
      end
      local parts, squares = {}, 0
      for _, h in ipairs(keys) do
        parts[#parts + 1] = h .. ':' .. string.format('%.17g', sums[h])
        squares = squares + sums[h] * sums[h]
      end
      redis.call('HSET', skey, 'sole', '', 'c', table.concat(parts, ','), 'norm', string.format('%.17g', math.sqrt(squares)))
    end
  end
end
local gkey = P .. ':g:' .. group
redis.call('HINCRBY', gkey, 'members', 1)
if tonumber(redis.call('HGET', gkey, 'last')) < time then redis.call('HSET', gkey, 'last', time) end
redis.call('ZADD', P .. ':groups', tonumber(redis.call('HGET', gkey, 'last')), group)
redis.call('HINCRBY', skey, 'articles', 1)
if tonumber(redis.call('HGET', skey, 'last')) < time then redis.call('HSET', skey, 'last', time) end
if tonumber(redis.call('HGET', skey, 'first')) > time then redis.call('HSET', skey, 'first', time) end
redis.call('ZADD', P .. ':stories', tonumber(redis.call('HGET', skey, 'last')), story)
redis.call('HSET', P .. ':a:' .. id, 'group', group, 'time', time)
redis.call('ZADD', P .. ':articles', time, id)
return {'ok', group, story}
`;

/**
 * Settings: ARGV = P, window, bucket. Records them when the prefix holds no index yet; returns the ones it holds
 * (two stores that read each other's buckets in other units would drop articles without a word).
 */
export const CONF = `
local P = ARGV[1]
redis.call('HSETNX', P .. ':conf', 'window', ARGV[2])
redis.call('HSETNX', P .. ':conf', 'bucket', ARGV[3])
return redis.call('HMGET', P .. ':conf', 'window', 'bucket')
`;

/** Remove: ARGV = P, id. Returns 1 when held. */
export const REMOVE = `${HELPERS}
return drop_article(ARGV[2])
`;

/**
 * Prune: ARGV = P, before (ms), bucketMs. Returns how many were dropped. The postings of buckets wholly before
 * the time are cleaned as the window cleans them (those of groups still held move to the newest bucket).
 */
export const PRUNE = `${HELPERS}
local old = redis.call('ZRANGEBYSCORE', P .. ':articles', '-inf', '(' .. ARGV[2])
for _, a in ipairs(old) do drop_article(a) end
local newest = redis.call('GET', P .. ':newest')
clean_before(math.floor(tonumber(ARGV[2]) / tonumber(ARGV[3])), newest and tonumber(newest) or nil)
return #old
`;

/** Stats: ARGV = P. Returns [articles, groups, stories, postings, oldest, newest, newestBucket]. */
export const STATS = `${HELPERS}
local oldest = redis.call('ZRANGE', P .. ':articles', 0, 0, 'WITHSCORES')
local newest = redis.call('ZRANGE', P .. ':articles', -1, -1, 'WITHSCORES')
return {redis.call('ZCARD', P .. ':articles'), redis.call('ZCARD', P .. ':groups'), redis.call('ZCARD', P .. ':stories'),
  redis.call('GET', P .. ':nfp') or '0', oldest[2] or '', newest[2] or '', redis.call('GET', P .. ':newest') or ''}
`;

/** Story list: ARGV = P. Returns [[id, title, articles, groups, first, last, gl]]. */
export const STORY_LIST = `${HELPERS}
local out = {}
for _, s in ipairs(redis.call('ZRANGE', P .. ':stories', 0, -1)) do
  local f = redis.call('HMGET', P .. ':s:' .. s, 'title', 'articles', 'groups', 'first', 'last', 'gl')
  local live = {}
  for _, g in ipairs(split(f[6], '\\31')) do
    local m = redis.call('HGET', P .. ':g:' .. g, 'members')
    if m and tonumber(m) > 0 then live[#live + 1] = g .. ':' .. m end
  end
  out[#out + 1] = {s, f[1] or '', f[2] or '0', f[3] or '0', f[4] or '0', f[5] or '0', table.concat(live, '\\31')}
end
return out
`;
