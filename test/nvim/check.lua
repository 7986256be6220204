-- Headless Neovim (0.7 and newer) against the Quellcheck language server: diagnostics for seed 002,
-- a quick fix applied to the buffer, a hover and the source outline. Exits 0 when all hold, 1 otherwise.
-- Run from the repository root: nvim --headless --clean -n -i NONE -c 'luafile test/nvim/check.lua'
local TIMEOUT_MS = 20000
local root = vim.fn.getcwd()
local seed = root .. '/seeds/002_89a789b5965c4451.txt'
local failures = 0

local function say(line)
  io.stdout:write(line .. '\n')
end

local function check(condition, what)
  if condition then
    say('ok    ' .. what)
  else
    failures = failures + 1
    say('FAIL  ' .. what)
  end
  return condition
end

local function start_client(bufnr)
  local config = {
    name = 'quellcheck',
    cmd = { 'node', root .. '/server/bin/quellcheck-ls.js', '--stdio' },
    root_dir = root,
    settings = { quellcheck = { debounceMs = 50 } },
  }
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

local function request(bufnr, method, params)
  local responses, timeout_error = vim.lsp.buf_request_sync(bufnr, method, params, TIMEOUT_MS)
  for _, response in pairs(responses or {}) do
    if response.err then
      return nil, vim.inspect(response.err)
    end
    return response.result, response.result == nil and 'null result' or nil
  end
  return nil, timeout_error or 'no response'
end

-- The buffer's text with one LSP edit (UTF-16 positions) applied, computed here independently of Neovim's own edit code.
local function expected_after(lines, edit)
  local function byte_of(position)
    local line = lines[position.line + 1] or ''
    return vim.str_byteindex(line, position.character, true)
  end
  local first, last = edit.range.start, edit.range['end']
  local before = {}
  for i = 1, first.line do
    before[#before + 1] = lines[i]
  end
  local prefix = (lines[first.line + 1] or ''):sub(1, byte_of(first))
  local suffix = (lines[last.line + 1] or ''):sub(byte_of(last) + 1)
  local after = {}
  for i = last.line + 2, #lines do
    after[#after + 1] = lines[i]
  end
  local head = table.concat(before, '\n')
  local tail = table.concat(after, '\n')
  return (first.line > 0 and head .. '\n' or '') .. prefix .. edit.newText .. suffix .. (#after > 0 and '\n' .. tail or '')
end

-- A diagnostic as the server sent it, from Neovim's form (byte columns) and the `data` Neovim keeps.
local function to_lsp(bufnr, d)
  local function position(lnum, col)
    local line = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1] or ''
    local _, utf16 = vim.str_utfindex(line, math.min(col, #line))
    return { line = lnum, character = utf16 }
  end
  return {
    range = { start = position(d.lnum, d.col), ['end'] = position(d.end_lnum, d.end_col) },
    severity = d.severity,
    message = d.message,
    source = d.source,
    code = d.code,
    data = d.user_data and d.user_data.lsp and d.user_data.lsp.data,
  }
end

local function run()
  say('nvim ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch))
  -- A copy, so that nothing can touch the seed (which is read-only anyway).
  local copy = vim.fn.tempname() .. '.txt'
  vim.fn.writefile(vim.fn.readfile(seed, 'b'), copy, 'b')
  vim.cmd('edit ' .. vim.fn.fnameescape(copy))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = start_client(bufnr)
  if not check(client_id ~= nil, 'server started') then
    return
  end

  vim.wait(TIMEOUT_MS, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 50)
  local diagnostics = vim.diagnostic.get(bufnr)
  check(#diagnostics >= 15, 'diagnostics for seed 002: ' .. #diagnostics)
  local all_ours = #diagnostics > 0
  for _, d in ipairs(diagnostics) do
    all_ours = all_ours and d.source == 'quellcheck' and type(d.code) == 'string'
  end
  check(all_ours, 'every diagnostic has source "quellcheck" and a rule id as code')

  -- A finding with a safe one-edit fix: the code action must change the buffer exactly so.
  local target, fix
  for _, d in ipairs(diagnostics) do
    local data = d.user_data and d.user_data.lsp and d.user_data.lsp.data
    for _, f in ipairs(data and data.fixes or {}) do
      if not target and f.safe and #f.edits == 1 then
        target, fix = to_lsp(bufnr, d), f
      end
    end
  end
  if check(target ~= nil, 'a finding with a safe fix') then
    local actions, err = request(bufnr, 'textDocument/codeAction', {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      range = target.range,
      context = { diagnostics = { target } },
    })
    check(actions ~= nil and #actions > 0, 'code actions: ' .. tostring(actions and #actions or err))
    local action
    for _, a in ipairs(actions or {}) do
      if a.title == fix.title then
        action = a
      end
    end
    if check(action ~= nil and action.isPreferred and action.edit ~= nil, 'quick fix "' .. fix.title .. '" offered as preferred') then
      local edits = action.edit.changes[vim.uri_from_bufnr(bufnr)]
      local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
      local expected = expected_after(lines, edits[1])
      vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      local actual = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
      check(#edits == 1 and actual == expected, 'quick fix applied to the buffer changes the text as the fix says')
    end
  end

  -- hover on a finding the quick fix above did not remove
  local first
  for _, d in ipairs(diagnostics) do
    if first == nil and (target == nil or d.code ~= target.code) then
      first = d
    end
  end
  if first then
    local hover, err = request(bufnr, 'textDocument/hover', {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      position = to_lsp(bufnr, first).range.start,
    })
    local value = hover and hover.contents and hover.contents.value or ''
    check(value:find(first.code, 1, true) ~= nil, 'hover on ' .. first.code .. ' explains the rule' .. (err and (': ' .. err) or ''))
  end

  local symbols, err = request(bufnr, 'textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(bufnr) } })
  local statements = 0
  for _, s in ipairs(symbols or {}) do
    statements = statements + #(s.children or {})
  end
  check(symbols ~= nil and #symbols > 0 and statements > 0, 'source outline: ' .. #(symbols or {}) .. ' sources, ' .. statements .. ' statements' .. (err and (': ' .. err) or ''))
end

local ok, problem = xpcall(run, debug.traceback)
if not ok then
  failures = failures + 1
  say('FAIL  ' .. tostring(problem))
end
vim.lsp.stop_client(vim.lsp.get_active_clients())
say(failures == 0 and 'all checks passed' or (failures .. ' check(s) failed'))
vim.cmd(failures == 0 and 'qall!' or 'cquit 1')
