"""Connected components of the post–indicator graph (scipy's ``connected_components``).

Posts are nodes ``0..n-1``; indicator values are nodes ``n..n+m-1``; a post is
joined to each indicator it carries and, for templates, to the posts it is
near-identical to. Components are numbered by their first post in input order.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

__all__ = ["components", "number_by_first_row"]


def number_by_first_row(labels: np.ndarray) -> np.ndarray:
    """Renumber component labels 0, 1, 2, ... in order of each component's first row."""
    if len(labels) == 0:
        return labels.astype(np.int64)
    _, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    return rank[inverse.reshape(-1)]


def components(n_posts: int, posts: np.ndarray, values: np.ndarray, n_values: int,
               edge_u: np.ndarray | None = None, edge_v: np.ndarray | None = None) -> np.ndarray:
    """Component of every post, numbered by first row.

    Parameters
    ----------
    n_posts : int
    posts, values : numpy.ndarray
        Incidence: post ``posts[i]`` carries indicator ``values[i]`` (``0 <= values[i] < n_values``).
    n_values : int
    edge_u, edge_v : numpy.ndarray, optional
        Direct post–post links.

    Returns
    -------
    numpy.ndarray
        ``(n_posts,)`` int64 labels, ``0..k-1``, numbered by first row.
    """
    if n_posts == 0:
        return np.empty(0, dtype=np.int64)
    rows = [np.asarray(posts, dtype=np.int64)]
    cols = [np.asarray(values, dtype=np.int64) + n_posts]
    if edge_u is not None and edge_v is not None:
        rows.append(np.asarray(edge_u, dtype=np.int64))
        cols.append(np.asarray(edge_v, dtype=np.int64))
    r, c = np.concatenate(rows), np.concatenate(cols)
    size = n_posts + n_values
    graph = coo_matrix((np.ones(len(r), dtype=np.int32), (r, c)), shape=(size, size)).tocsr()
    _, labels = connected_components(graph, directed=False)
    return number_by_first_row(labels[:n_posts])
