import streamlit as st

st.title("pool_health")
