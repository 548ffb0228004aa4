package org.hemicycle.news;

public record NewPost(String title, String body) {
}
