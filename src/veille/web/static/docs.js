// Start Swagger UI on /openapi.json (a static file, so the docs page needs no inline script).
window.addEventListener("load", function () {
  if (!window.SwaggerUIBundle) { return; }
  window.SwaggerUIBundle({ url: "/openapi.json?lang=" + encodeURIComponent(document.documentElement.lang || "en"), dom_id: "#swagger-ui", deepLinking: true });
});
