"""Web inputs: saved pages (`claimx.web.html`) and web archives (`claimx.web.warc`).

Both turn bytes into an article text plus what the page says about itself, so the
rest of claimx sees text as from a .txt file; `claimx.inputs` decides which applies.
"""
