// Sarabun, bundled: Chromium on a bare Linux machine has no Thai face and draws empty boxes.
import "@fontsource/sarabun/thai-400.css";
import "@fontsource/sarabun/thai-700.css";
import "@fontsource/sarabun/latin-400.css";
import "@fontsource/sarabun/latin-700.css";
