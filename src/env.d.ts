declare namespace App {
  interface Locals {
    /** Set by an article page for the components of its MDX body (ArticleChart, ArticleFigures). */
    article?: import('./lib/site/createSite').MdxArticle;
  }
}
