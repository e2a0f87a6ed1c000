/**
 * The one stylesheet of every page, written against logical class names and emitted with the
 * hashed ones (class-names.ts). Colours follow HubSpot's Canvas palette (slate text #33475b,
 * teal links #0091ae, orange #ff7a59, borders #cbd6e2) so screenshots read as HubSpot. Only local
 * fonts: the machine has no internet.
 */
import { cx } from './class-names';

let cached: string | undefined;

export function stylesheet(): string {
  cached ??= RULES.replace(/\.([a-z][a-z0-9-]*)/g, (_, name: string) => `.${cx(name)}`);
  return cached;
}

const RULES = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 "Lexend Deca","Avenir Next","Segoe UI",Helvetica,Arial,sans-serif;color:#33475b;background:#f5f8fa}
a{color:#0091ae;text-decoration:none}a:hover{text-decoration:underline}
.topnav{display:flex;align-items:center;gap:4px;height:56px;padding:0 16px;background:#2d3e50;color:#fff}
.brand{display:flex;align-items:center;gap:8px;margin-right:20px;font-weight:600;color:#fff}
.brand svg{width:26px;height:26px}
.navlink{color:#fff;padding:17px 12px;font-size:14px}
.navlink:hover{background:#425b76;text-decoration:none}
.navlink-active{box-shadow:inset 0 -3px 0 #ff7a59}
.portal{margin-left:auto;font-size:12px;color:#cbd6e2}
.main{padding:20px 24px 40px}
.page-header{display:flex;align-items:center;gap:16px;margin-bottom:12px}
.h1{font-size:24px;font-weight:500;margin:0}
.subtle{color:#516f90;font-size:13px}
.count{color:#516f90;font-size:14px}
.tabs{display:flex;gap:2px;border-bottom:1px solid #cbd6e2;margin-bottom:12px;align-items:flex-end}
.tablist,.navlinks{display:flex;gap:2px;align-items:flex-end}
.tab{padding:8px 16px;color:#33475b;border:1px solid transparent;border-bottom:none;border-radius:3px 3px 0 0;background:#eaf0f6}
.tab:hover{text-decoration:none;background:#dfe7ee}
.tab-active{background:#fff;border-color:#cbd6e2;margin-bottom:-1px;font-weight:600}
.toolbar{display:flex;align-items:center;gap:8px;flex-wrap:wrap;padding:8px 12px;background:#fff;border:1px solid #cbd6e2;border-bottom:none;min-height:52px}
.toolbar-solo{border-bottom:1px solid #cbd6e2;margin-bottom:12px}
.spacer{flex:1}
.button{font:inherit;font-size:13px;padding:6px 14px;border-radius:3px;border:1px solid #cbd6e2;background:#eaf0f6;color:#506e91;cursor:pointer}
.button:hover{background:#dfe7ee}
.button[disabled],.button[aria-disabled="true"]{opacity:.55;cursor:not-allowed}
.button-primary{background:#ff7a59;border-color:#ff7a59;color:#fff}
.button-primary:hover{background:#ff8f73}
.button-danger{background:#f2545b;border-color:#f2545b;color:#fff}
.button-danger:hover{background:#f47d82}
.button-link{border:none;background:none;color:#0091ae;padding:6px 4px}
.button-link:hover{background:none;text-decoration:underline}
.input,.select{font:inherit;font-size:13px;padding:6px 10px;border:1px solid #cbd6e2;border-radius:3px;background:#f5f8fa;color:#33475b}
.input:focus,.select:focus{outline:none;border-color:#00a4bd;box-shadow:0 0 4px 1px rgba(0,208,228,.3)}
.badge{display:inline-block;font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;padding:2px 8px;border-radius:3px;background:#eaf0f6;color:#425b76;border:1px solid #cbd6e2}
.badge-active{background:#e5f8f6;border-color:#00bda5;color:#00806f}
.badge-snapshot{background:#fef8f0;border-color:#f5c26b;color:#8a5d00}
.panel{background:#fff;border:1px solid #cbd6e2;border-radius:3px;padding:16px 20px;margin-bottom:16px}
.notice-page{max-width:640px;margin:40px auto;text-align:center}
.notice{background:#fef8f0;border:1px solid #f5c26b;padding:8px 12px;border-radius:3px;margin-bottom:12px}
.toast{position:fixed;left:50%;bottom:24px;transform:translateX(-50%);background:#00bda5;color:#fff;padding:10px 18px;border-radius:3px;box-shadow:0 2px 8px rgba(0,0,0,.2)}
.table-wrap{background:#fff;border:1px solid #cbd6e2;overflow-x:auto}
.table{border-collapse:collapse;width:100%;font-size:14px}
.th{text-align:left;font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.03em;background:#f5f8fa;border-bottom:1px solid #cbd6e2;padding:10px 12px;white-space:nowrap}
.td{border-bottom:1px solid #eaf0f6;padding:9px 12px;white-space:nowrap;max-width:320px;overflow:hidden;text-overflow:ellipsis}
.row:hover{background:#f5f8fa}
.row-selected,.row-selected:hover{background:#e5f5f8}
.cell-check{width:40px;padding-right:0}
.cell-check input{width:16px;height:16px;accent-color:#0091ae;cursor:pointer}
.name-link{font-weight:600;display:inline-flex;align-items:center;gap:8px}
.avatar{display:inline-flex;align-items:center;justify-content:center;width:26px;height:26px;border-radius:50%;background:#cbd6e2;color:#fff;font-size:11px;font-weight:600;flex:none}
.empty{padding:40px;text-align:center;color:#516f90}
.bulkbar{display:flex;align-items:center;gap:8px}
.bulkbar[hidden]{display:none}
.bulk-count{font-weight:600;margin-right:4px}
.pager{display:flex;align-items:center;justify-content:center;gap:6px;padding:14px;background:#fff;border:1px solid #cbd6e2;border-top:none}
.pager-link{padding:4px 10px;border-radius:3px}
.pager-current{padding:4px 10px;border-radius:3px;background:#eaf0f6;font-weight:600}
.pager-disabled{padding:4px 10px;color:#b0c1d4}
.menu-wrap{position:relative;display:inline-block}
.menu{position:absolute;top:100%;left:0;z-index:20;min-width:180px;margin-top:4px;background:#fff;border:1px solid #cbd6e2;border-radius:3px;box-shadow:0 2px 10px rgba(45,62,80,.2);padding:4px 0}
.menu[hidden]{display:none}
.menu-item{display:block;width:100%;text-align:left;font:inherit;padding:8px 16px;border:none;background:none;color:#33475b;cursor:pointer}
.menu-item:hover,.menu-item:focus{background:#e5f5f8;outline:none}
.dialog-backdrop{position:fixed;inset:0;background:rgba(45,62,80,.6);display:flex;align-items:flex-start;justify-content:center;padding-top:12vh;z-index:50}
.dialog{background:#fff;width:560px;max-width:92vw;border-radius:3px;box-shadow:0 4px 24px rgba(0,0,0,.3)}
.dialog-title{margin:0;padding:18px 24px;background:#00a4bd;color:#fff;font-size:18px;font-weight:500;border-radius:3px 3px 0 0}
.dialog-body{padding:20px 24px}
.dialog-body label{display:block;font-weight:600;margin:12px 0 6px}
.dialog-footer{display:flex;gap:8px;padding:14px 24px;border-top:1px solid #eaf0f6}
.board-wrap{overflow-x:auto;padding-bottom:8px}
.board{display:flex;gap:12px;align-items:flex-start;min-height:60vh}
.column{flex:0 0 272px;width:272px;background:#eaf0f6;border:1px solid #dfe3eb;border-radius:3px;display:flex;flex-direction:column}
.column-header{display:flex;align-items:center;gap:8px;padding:10px 12px;border-bottom:1px solid #dfe3eb;font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.column-count{background:#cbd6e2;border-radius:10px;padding:0 8px;font-size:11px}
.column-body{overflow-y:auto;height:calc(100vh - 330px);min-height:240px;padding:8px}
.column-footer{padding:8px 12px;border-top:1px solid #dfe3eb;font-size:12px;color:#516f90;background:#f5f8fa}
.card-item{margin-bottom:8px}
.card{background:#fff;border:1px solid #cbd6e2;border-radius:3px;box-shadow:0 1px 2px rgba(45,62,80,.08)}
.card:hover{border-color:#7fd1de;box-shadow:0 1px 6px rgba(0,164,189,.25)}
.card-inner{padding:10px 12px;font-size:13px}
.card-title{font-weight:600;margin-bottom:6px;font-size:14px}
.card-prop{color:#516f90;line-height:1.6}
.card-prop-value{color:#33475b}
.record-layout{display:grid;grid-template-columns:300px 1fr 320px;gap:16px;align-items:start}
.prop-list{margin:0}
.prop-list dt{font-size:12px;color:#516f90;margin-top:10px}
.prop-list dd{margin:0;word-break:break-word}
.section-title{font-size:14px;font-weight:600;margin:0 0 8px;text-transform:uppercase;letter-spacing:.03em}
.assoc-list{list-style:none;margin:0 0 16px;padding:0}
.assoc-list li{padding:6px 0;border-bottom:1px solid #eaf0f6}
.results{list-style:none;padding:0;margin:8px 0 0}
.result-ok{color:#00806f}
.result-error{color:#c93b41}
.link-list{columns:2;margin:0;padding-left:18px}
`;
