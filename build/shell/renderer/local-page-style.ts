/** Style of the shell's local page: large, legible, high contrast for a kiosk screen. */
export const localPageStyle = `
*{box-sizing:border-box}
body{margin:0;font-family:"DejaVu Sans","Segoe UI",Arial,sans-serif;background:#f4f6f8;color:#1b1f24}
main{max-width:44rem;margin:6vh auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 2px 12px #0002}
h1{font-size:1.8rem;margin:0 0 .2rem}
.en{color:#56606b;font-size:.9em;margin-top:.1rem}
p{font-size:1.15rem;line-height:1.5}
.code{font-size:4.5rem;letter-spacing:.4em;text-align:center;font-weight:bold;margin:1.5rem 0;font-variant-numeric:tabular-nums}
.details{background:#fff4f4;border-left:4px solid #c62828;padding:.6rem 1rem;font-family:monospace;white-space:pre-wrap;word-break:break-word}
.error h1{color:#b71c1c}
label{display:block;margin:1rem 0 .3rem;font-weight:bold}
input{width:100%;font-size:1.3rem;padding:.6rem;border:2px solid #8a949e;border-radius:6px}
button{font-size:1.2rem;padding:.7rem 1.4rem;margin:1.2rem .6rem 0 0;border:0;border-radius:6px;background:#0d47a1;color:#fff;cursor:pointer}
button.secondary{background:#56606b}
.busy{height:4px;background:linear-gradient(90deg,#0d47a1 30%,#bbdefb 30%);background-size:200% 100%;animation:slide 1.2s linear infinite}
@keyframes slide{from{background-position:100% 0}to{background-position:-100% 0}}
`;
