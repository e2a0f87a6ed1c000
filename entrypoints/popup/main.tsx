import { render } from 'preact';
render(<p>crm-sweep</p>, document.getElementById('app')!);
